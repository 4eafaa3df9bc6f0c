/** What a submitted file is, whether it may be kept, and how it is stripped and cut: bytes only, no framework. */
@NullMarked
package org.qingfeng.intake.attachment.rules;

import org.jspecify.annotations.NullMarked;
