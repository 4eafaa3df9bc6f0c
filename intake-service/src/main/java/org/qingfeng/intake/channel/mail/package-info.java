/** The IMAP mailbox poller and the MIME reader: Chinese charsets, encoded subjects and file names. */
@NullMarked
package org.qingfeng.intake.channel.mail;

import org.jspecify.annotations.NullMarked;
