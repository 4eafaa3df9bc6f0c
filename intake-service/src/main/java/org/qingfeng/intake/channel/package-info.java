/** The SMS and e-mail channels: a message from a phone or a mailbox becomes a submission, answered in kind. */
@NullMarked
package org.qingfeng.intake.channel;

import org.jspecify.annotations.NullMarked;
