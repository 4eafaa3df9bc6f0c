/** The SMS gateway's webhook: signed calls, one message each, answered by a reply SMS. */
@NullMarked
package org.qingfeng.intake.channel.sms;

import org.jspecify.annotations.NullMarked;
