package org.qingfeng.intake.reviewer;

import java.util.UUID;
import org.qingfeng.contracts.intake.SealedBox;

/** An item and the persons it concerns, still sealed. */
record ItemConcerns(UUID itemId, SealedBox concerns) {}
