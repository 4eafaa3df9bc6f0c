/** Near-duplicate detection for item texts: normalising, bigram shingles, MinHash, LSH bands, Jaccard, relations; plain Java. */
@NullMarked
package org.qingfeng.intake.dedup.rules;

import org.jspecify.annotations.NullMarked;
