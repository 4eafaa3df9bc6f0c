/**
 * Sending SMS and e-mail for the whole service, behind {@link org.qingfeng.intake.notify.SmsGateway}
 * and {@link org.qingfeng.intake.notify.MailGateway}; recipients never reach a log line or a metric.
 */
@NullMarked
package org.qingfeng.intake.notify;

import org.jspecify.annotations.NullMarked;
