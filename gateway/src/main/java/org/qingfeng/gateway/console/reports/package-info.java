/**
 * The console's 季度报告 page: the quarterly report's three narrative parts (the draft, or
 * analysis's suggested text), saved against the revision read, the tables' preview and the
 * .docx and .pdf downloads.
 */
@NullMarked
package org.qingfeng.gateway.console.reports;

import org.jspecify.annotations.NullMarked;
