/**
 * The informants: appointment, status, training, contacts and decisions, published whole and sealed
 * on intake's private topic and thin on the public roster; every instance holds the whole roster.
 */
@NullMarked
package org.qingfeng.intake.informant;

import org.jspecify.annotations.NullMarked;
