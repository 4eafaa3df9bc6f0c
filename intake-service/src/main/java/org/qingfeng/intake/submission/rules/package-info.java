/** Rules of a submission: the subject-area catalogue and what a valid submission is; plain Java. */
@NullMarked
package org.qingfeng.intake.submission.rules;

import org.jspecify.annotations.NullMarked;
