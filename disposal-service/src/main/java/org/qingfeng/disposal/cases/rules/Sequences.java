package org.qingfeng.disposal.cases.rules;

import org.jspecify.annotations.Nullable;

/** Optimistic concurrency on a case: a step names the sequence it saw, and loses to any step in between. */
public final class Sequences {

    private Sequences() {}

    /** @throws StepRefused when {@code expected} is given and is not the case's latest sequence */
    public static void requireCurrent(Standing standing, @Nullable Long expected) {
        if (expected != null && expected != standing.sequence()) {
            throw new StepRefused("案件已有新的办理步骤（当前第 " + standing.sequence() + " 步，请求基于第 " + expected
                    + " 步），请刷新后重试 / The case has moved on (now at step " + standing.sequence()
                    + ", the request saw step "
                    + expected + "): reload and try again");
        }
    }
}
