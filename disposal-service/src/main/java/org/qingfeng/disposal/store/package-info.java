/** The projections' one metric; how they write a poll is service-support's BulkUpserts. */
@NullMarked
package org.qingfeng.disposal.store;

import org.jspecify.annotations.NullMarked;
