/** Staff entering an item on a reporter's behalf: a letter, a call, a visit, a forum post or a questionnaire. */
@NullMarked
package org.qingfeng.intake.channel.staff;

import org.jspecify.annotations.NullMarked;
