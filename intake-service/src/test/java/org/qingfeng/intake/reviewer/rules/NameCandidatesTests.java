package org.qingfeng.intake.reviewer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameCandidatesTests {

    @Test
    void aNameEmbeddedInATitleIsACandidate() {
        assertThat(NameCandidates.of("城关镇副镇长张三")).contains("张三", "镇长张三", "副镇长");
    }

    /** Deliberate over-exclusion: it keeps an item off one reviewer's board, never off the board. */
    @Test
    void aTwoCharacterNameAlsoMatchesInsideALongerChineseWord() {
        assertThat(NameCandidates.of("张三丰")).contains("张三");
    }

    @Test
    void windowsAreTwoToFourCharactersLongAndStayWithinAClause() {
        Set<String> candidates = NameCandidates.of("王五，李四");

        assertThat(candidates).contains("王五", "李四").doesNotContain("五李", "王五李四");
        assertThat(NameCandidates.of("欧阳娜娜在此")).contains("欧阳娜娜").noneMatch(c -> c.length() > 4 && !c.equals("欧阳娜娜在此"));
    }

    @Test
    void aLongerNameMatchesWhenItStandsApart() {
        assertThat(NameCandidates.of("涉及：阿卜杜热依木江。")).contains("阿卜杜热依木江");
        assertThat(NameCandidates.of("所长阿卜杜热依木江")).doesNotContain("阿卜杜热依木江");
    }

    @Test
    void spacesInsideAChineseNameDoNotHideIt() {
        assertThat(NameCandidates.of("村主任 张 三 的问题")).contains("张三");
    }

    @Test
    void aNameWithAMiddleDotComparesWithoutIt() {
        assertThat(NameCandidates.of("买买提·艾力（会计）")).contains(PersonNames.comparable("买买提·艾力"));
    }

    @Test
    void latinNamesAreWordsAndRunsOfWordsInUpperCase() {
        Set<String> candidates = NameCandidates.of("Director Li Xiaoming, finance");

        assertThat(candidates).contains("LI", "XIAOMING", "LIXIAOMING", "DIRECTORLIXIAOMING", "FINANCE");
        assertThat(candidates).doesNotContain("LIXIAOMINGFINANCE");
    }

    @Test
    void aShortLatinNameDoesNotMatchInsideAnotherWord() {
        assertThat(NameCandidates.of("police station clinic")).doesNotContain("LI", "ICE");
    }

    @Test
    void fullWidthLettersFoldToTheirPlainForm() {
        assertThat(NameCandidates.of("ＷＡＮＧ Ｆａｎｇ")).contains("WANGFANG");
    }

    @Test
    void textWithoutLettersGivesNoCandidates() {
        assertThat(NameCandidates.of("……，。 12")).containsExactly("12");
        assertThat(NameCandidates.of("")).isEmpty();
    }
}
