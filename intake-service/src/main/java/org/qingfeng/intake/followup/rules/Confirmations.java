package org.qingfeng.intake.followup.rules;

import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * When a receipt holder may say whether the problem was really fixed: once disposal has acted on the
 * item, which intake sees as the status {@code WARNING_ISSUED}. Before that there is nothing to
 * confirm. Later confirmations are allowed: a rectification can progress from partly to fully done,
 * and the newest verdict is the one that counts.
 */
public final class Confirmations {

    private Confirmations() {}

    public static boolean canConfirm(ItemStatus status) {
        return status == ItemStatus.WARNING_ISSUED;
    }
}
