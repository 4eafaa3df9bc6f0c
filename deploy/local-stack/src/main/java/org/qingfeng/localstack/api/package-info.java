/** The spine's HTTP API through the gateway, as the local stack, the system test and the bench call it. */
@NullMarked
package org.qingfeng.localstack.api;

import org.jspecify.annotations.NullMarked;
