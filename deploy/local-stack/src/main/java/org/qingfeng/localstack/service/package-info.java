/** The four services as child JVMs: start, prefix their output, wait for readiness, kill, restart, stop. */
@NullMarked
package org.qingfeng.localstack.service;

import org.jspecify.annotations.NullMarked;
