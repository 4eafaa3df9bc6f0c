/** Rules of the informant roster: identity checks, appointment levels, changes and rotation; plain Java. */
@NullMarked
package org.qingfeng.intake.informant.rules;

import org.jspecify.annotations.NullMarked;
