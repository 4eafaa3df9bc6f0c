/** What a channel message says and where it goes: the text grammar, sender numbers, placement and reply texts. */
@NullMarked
package org.qingfeng.intake.channel.rules;

import org.jspecify.annotations.NullMarked;
