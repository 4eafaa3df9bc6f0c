/** Rules of the quarterly report: its period, its parts and figures, and where its items may lie; plain Java. */
@NullMarked
package org.qingfeng.intake.channel.quarterly.rules;

import org.jspecify.annotations.NullMarked;
