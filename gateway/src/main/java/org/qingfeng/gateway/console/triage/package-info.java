/**
 * The console's 研判 page: analysis's triage board for a month, a decide form per item with its
 * classification, and the reviewer's own declared conflicts of interest.
 */
@NullMarked
package org.qingfeng.gateway.console.triage;

import org.jspecify.annotations.NullMarked;
