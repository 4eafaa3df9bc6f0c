/** Vocabulary shared by the rule packages: what a rule reports when input breaks it. */
@NullMarked
package org.qingfeng.intake.rules;

import org.jspecify.annotations.NullMarked;
