/** The monthly ledger: how many items each township reported per subject area in a month. */
@NullMarked
package org.qingfeng.analysis.ledger;

import org.jspecify.annotations.NullMarked;
