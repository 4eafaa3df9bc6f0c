package org.qingfeng.intake.followup.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * When a receipt holder may say whether the problem was really fixed, and how they are asked: once
 * the unit reported its rectification ({@code RECTIFICATION_REPORTED}), once the case is closed
 * ({@code CLOSED}), and for the items warned about before cases existed ({@code WARNING_ISSUED}).
 * Before that there is nothing to confirm; after a referral the matter lies with others, so the
 * holder is not asked. Later confirmations are allowed: a rectification can progress from partly to
 * fully done, and the newest verdict is the one that counts.
 */
public final class Confirmations {

    private Confirmations() {}

    public static boolean canConfirm(ItemStatus status) {
        return prompt(status) != null;
    }

    /** The question put to the holder while they may confirm, Chinese first; null while they may not. */
    public static @Nullable String prompt(ItemStatus status) {
        return switch (status) {
            case RECTIFICATION_REPORTED -> "单位已报告整改，问题是否真正解决？/ The unit reports the problem fixed: is it?";
            case CLOSED -> "此事项已办结，问题是否真正解决？/ This matter is closed: was the problem really fixed?";
            case WARNING_ISSUED -> "此事项已处置，问题是否真正解决？/ This matter has been acted on: was the problem really fixed?";
            case RECEIVED, REGISTERED, IN_DISPOSAL, REFERRED -> null;
        };
    }
}
