package org.qingfeng.intake.followup;

import java.util.List;
import java.util.UUID;
import org.qingfeng.intake.followup.rules.Confirmations;
import org.qingfeng.intake.item.ReceiptThread;
import org.qingfeng.intake.item.ReceiptThreads;
import org.qingfeng.intake.item.rules.ItemStatus;
import org.springframework.stereotype.Component;

/** The thread a receipt holder sees: every step, without who asked. */
@Component
class FollowUpThreads implements ReceiptThreads {

    private final FollowUpStore store;

    FollowUpThreads(FollowUpStore store) {
        this.store = store;
    }

    @Override
    public ReceiptThread of(UUID itemId, ItemStatus status) {
        List<ReceiptThread.Entry> entries = store.thread(itemId).stream()
                .map(s -> new ReceiptThread.Entry(
                        s.followUpId(), s.kind(), s.text(), s.at(), s.questionId(), s.rectified()))
                .toList();
        return new ReceiptThread(entries, Confirmations.canConfirm(status), Confirmations.prompt(status));
    }
}
