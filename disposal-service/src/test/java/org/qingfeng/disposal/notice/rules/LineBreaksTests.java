package org.qingfeng.disposal.notice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTests {

    @Test
    void aClosingMarkHangsAtTheEndOfTheLineInsteadOfStartingTheNext() {
        assertThat(PageLayout.wrap("一二三，四五六。", 1, 3)).containsExactly("一二三，", "四五六。");
    }

    @Test
    void linesBreakBetweenChineseCharactersButNotInsideNumbersOrAfterAnOpeningMark() {
        assertThat(LineBreaks.mayBreakBetween('年', '月')).isTrue();
        assertThat(LineBreaks.mayBreakBetween('2', '0')).isFalse();
        assertThat(LineBreaks.mayBreakBetween('《', '关')).isFalse();
        assertThat(LineBreaks.mayBreakBetween('知', '。')).isFalse();
        assertThat(LineBreaks.mayStartLine('，')).isFalse();
        assertThat(LineBreaks.mayStartLine('请')).isTrue();
    }
}
