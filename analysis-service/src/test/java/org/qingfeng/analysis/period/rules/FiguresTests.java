package org.qingfeng.analysis.period.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;

class FiguresTests {

    @Test
    void ordersByTableThenKeyAndKeepsTheFirstOfARowGivenTwice() {
        List<Figure> ordered = Figures.ordered(List.of(
                new Figure("by-township", "330281-102", 3),
                new Figure("by-subject", "330281-101|work-style", 9),
                new Figure("by-township", "330281-101", 42),
                new Figure("by-township", "330281-101", 7)));

        assertThat(ordered)
                .containsExactly(
                        new Figure("by-subject", "330281-101|work-style", 9),
                        new Figure("by-township", "330281-101", 42),
                        new Figure("by-township", "330281-102", 3));
    }

    @Test
    void refusesAFigureThatIsNotANumber() {
        assertThatThrownBy(() -> Figures.ordered(List.of(new Figure("index", "330281-101", Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digestsOneLinePerFigureInPlainDecimals() throws Exception {
        List<Figure> figures = List.of(new Figure("by-township", "330281-101", 42.0), new Figure("index", "x", 0.5));
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("by-township|330281-101|42\nindex|x|0.5\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Figures.digest(figures)).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void digestChangesWithAnyValueAndNotWithoutOne() {
        List<Figure> figures = List.of(new Figure("by-township", "330281-101", 42));

        assertThat(Figures.digest(figures))
                .isEqualTo(Figures.digest(List.of(new Figure("by-township", "330281-101", 42.0))));
        assertThat(Figures.digest(figures))
                .isNotEqualTo(Figures.digest(List.of(new Figure("by-township", "330281-101", 43))));
        assertThat(Figures.digest(List.of())).hasSize(64);
    }

    @Test
    void namesEveryRowThatChangedAppearedOrWentAway() {
        List<Figure> before = List.of(
                new Figure("by-township", "a", 1), new Figure("by-township", "b", 2), new Figure("index", "c", 3));
        List<Figure> after = List.of(
                new Figure("by-township", "a", 1), new Figure("by-township", "b", 5), new Figure("totals", "items", 8));

        assertThat(Figures.differences(before, after))
                .containsExactly(
                        new Figures.Difference("by-township", "b", 2.0, 5.0),
                        new Figures.Difference("index", "c", 3.0, null),
                        new Figures.Difference("totals", "items", null, 8.0));
        assertThat(Figures.differences(after, after)).isEmpty();
    }
}
