/** The incident each item belongs to, from intake's duplicates and links, so counts can count an incident once. */
@NullMarked
package org.qingfeng.analysis.dedup;

import org.jspecify.annotations.NullMarked;
