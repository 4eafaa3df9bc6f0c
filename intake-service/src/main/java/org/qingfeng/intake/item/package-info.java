/**
 * The items projection: registers submissions, publishes ItemSubmitted, follows warnings and disposal
 * cases, answers status queries.
 */
@NullMarked
package org.qingfeng.intake.item;

import org.jspecify.annotations.NullMarked;
