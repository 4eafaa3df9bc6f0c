/** The MongoDB wire-protocol stand-in: mongo-java-server on an H2 file, or in memory for the bench. */
@NullMarked
package org.qingfeng.localstack.store;

import org.jspecify.annotations.NullMarked;
