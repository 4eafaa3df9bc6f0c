/** Intake's own HTTP errors as problem details, and the ping baseline. */
@NullMarked
package org.qingfeng.intake.web;

import org.jspecify.annotations.NullMarked;
