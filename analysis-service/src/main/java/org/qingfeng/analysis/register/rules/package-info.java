/** The register's rules, plain Java: what a point must say, its self-check schedule, rotation and firing. */
@NullMarked
package org.qingfeng.analysis.register.rules;

import org.jspecify.annotations.NullMarked;
