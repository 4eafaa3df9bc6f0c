/** The chain's rules in plain Java: the canonical encoding, the links, the signed anchors and the verifier. */
@NullMarked
package org.qingfeng.audit.chain.rules;

import org.jspecify.annotations.NullMarked;
