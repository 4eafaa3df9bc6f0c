/** The index methods ({@code index-1}, {@code index-2}), the rows they score and their suppression: plain Java. */
@NullMarked
package org.qingfeng.analysis.index.rules;

import org.jspecify.annotations.NullMarked;
