/** Reviewers' names, kept only as keyed digests, matched against the persons each item concerns. */
@NullMarked
package org.qingfeng.intake.reviewer;

import org.jspecify.annotations.NullMarked;
