/**
 * disposal-service: turns items into four-colour warnings and publishes them; keeps the network and
 * the late and missing reports (silence is a signal) it will open cases from.
 */
@NullMarked
package org.qingfeng.disposal;

import org.jspecify.annotations.NullMarked;
