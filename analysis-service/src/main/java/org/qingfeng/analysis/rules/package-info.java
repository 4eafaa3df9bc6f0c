/** What every rule of analysis reports when input breaks it: plain Java. */
@NullMarked
package org.qingfeng.analysis.rules;

import org.jspecify.annotations.NullMarked;
