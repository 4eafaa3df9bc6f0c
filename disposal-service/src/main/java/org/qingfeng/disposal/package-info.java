/**
 * disposal-service: follows findings and immediate items as cases on a warning ladder (四色预警 and the
 * other ladders), with notices, the department's inbox, reminders and the monthly bulletin; keeps the
 * network and the late and missing reports (silence is a signal).
 */
@NullMarked
package org.qingfeng.disposal;

import org.jspecify.annotations.NullMarked;
