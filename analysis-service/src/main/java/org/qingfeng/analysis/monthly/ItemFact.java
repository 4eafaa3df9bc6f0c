package org.qingfeng.analysis.monthly;

import java.time.YearMonth;
import java.time.ZoneId;
import org.qingfeng.analysis.monthly.rules.ItemState;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;

/** One event of either item topic, as what it changes in an item's {@link ItemState}. */
sealed interface ItemFact {

    String itemId();

    ItemState applyTo(ItemState state);

    static ItemFact of(Object event, ZoneId zone) {
        if (event instanceof ItemSubmitted submitted) {
            return new Submitted(submitted, zone);
        }
        if (event instanceof ItemTriaged triaged) {
            return new Triaged(triaged);
        }
        throw new IllegalArgumentException(
                "not an item event: " + event.getClass().getSimpleName());
    }

    /** The month is that of the submission in {@code analysis.zone}. */
    record Submitted(ItemSubmitted event, ZoneId zone) implements ItemFact {

        @Override
        public String itemId() {
            return event.itemId().toString();
        }

        @Override
        public ItemState applyTo(ItemState state) {
            ItemDetails item = event.item();
            return state.submitted(
                    YearMonth.from(event.occurredAt().atZone(zone)).toString(),
                    item.townshipCode(),
                    item.unitCode(),
                    item.subjectArea(),
                    item.channel().name());
        }
    }

    record Triaged(ItemTriaged event) implements ItemFact {

        @Override
        public String itemId() {
            return event.itemId().toString();
        }

        @Override
        public ItemState applyTo(ItemState state) {
            return state.decided(
                    event.sequence(),
                    event.decision().name(),
                    event.classification() == null
                            ? null
                            : event.classification().subjectArea());
        }
    }
}
