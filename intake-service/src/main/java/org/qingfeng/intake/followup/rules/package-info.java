/** What a follow-up text must be, and when a receipt holder may confirm a rectification; plain Java. */
@NullMarked
package org.qingfeng.intake.followup.rules;

import org.jspecify.annotations.NullMarked;
