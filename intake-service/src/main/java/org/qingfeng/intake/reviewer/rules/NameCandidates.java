package org.qingfeng.intake.reviewer.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every part of an item's text that could be a registered name, in the form names are compared in
 * ({@link PersonNames#comparable}).
 *
 * <ul>
 *   <li>Every window of 2 to 4 characters of each run of Chinese characters (spaces between them
 *       ignored): Chinese names are 2 to 4 characters and usually stand inside a title, as in
 *       "城关镇副镇长张三". A two-character name therefore also matches inside a longer word that
 *       happens to hold it. That is deliberate over-exclusion: it keeps one item off one reviewer's
 *       board, never off the board.
 *   <li>Every word (split at spaces and punctuation) of 2 to 20 characters, and every run of 2 or 3
 *       consecutive words joined, up to 20 characters: names in Latin letters ("Li Xiaoming"), names
 *       of 5 or more characters standing apart, and names written with a middle dot. Latin letters are
 *       not windowed, so "LI" does not match inside "POLICE".
 * </ul>
 */
public final class NameCandidates {

    private static final int MIN_WINDOW = 2;
    private static final int MAX_WINDOW = 4;
    private static final int MAX_RUN = 3;

    private NameCandidates() {}

    public static Set<String> of(String text) {
        Set<String> candidates = new LinkedHashSet<>();
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        for (List<String> clause : clauses(folded)) {
            words(clause, candidates);
            hanWindows(String.join("", clause), candidates);
        }
        return candidates;
    }

    /** Clauses end at punctuation and symbols; their words are separated by white space, dots or dashes. */
    private static List<List<String>> clauses(String folded) {
        List<List<String>> clauses = new ArrayList<>();
        List<String> clause = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int offset = 0; offset < folded.length(); ) {
            int c = folded.codePointAt(offset);
            offset += Character.charCount(c);
            if (PersonNames.isNamePart(c)) {
                word.appendCodePoint(c);
                continue;
            }
            endWord(word, clause);
            if (!separatesWordsOnly(c)) {
                endClause(clause, clauses);
                clause = new ArrayList<>();
            }
        }
        endWord(word, clause);
        endClause(clause, clauses);
        return clauses;
    }

    /**
     * White space, and the marks that join the parts of one name: middle dots (买买提·艾力) and dashes
     * (Jean-Pierre). Other punctuation ends the clause.
     */
    private static boolean separatesWordsOnly(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION
                || c == 0x00B7
                || c == 0x2027
                || c == 0x30FB;
    }

    private static void endWord(StringBuilder word, List<String> clause) {
        if (!word.isEmpty()) {
            clause.add(word.toString());
            word.setLength(0);
        }
    }

    private static void endClause(List<String> clause, List<List<String>> clauses) {
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
    }

    private static void words(List<String> clause, Set<String> out) {
        for (int first = 0; first < clause.size(); first++) {
            StringBuilder run = new StringBuilder();
            for (int last = first; last < clause.size() && last < first + MAX_RUN; last++) {
                run.append(clause.get(last));
                int length = PersonNames.length(run.toString());
                if (length > PersonNames.MAX_LENGTH) {
                    break;
                }
                if (length >= PersonNames.MIN_LENGTH) {
                    out.add(run.toString());
                }
            }
        }
    }

    /** Windows over each run of Chinese characters in the clause's letters. */
    private static void hanWindows(String letters, Set<String> out) {
        int[] codePoints = letters.codePoints().toArray();
        int start = 0;
        while (start < codePoints.length) {
            if (!isHan(codePoints[start])) {
                start++;
                continue;
            }
            int end = start;
            while (end < codePoints.length && isHan(codePoints[end])) {
                end++;
            }
            windows(codePoints, start, end, out);
            start = end;
        }
    }

    private static void windows(int[] codePoints, int start, int end, Set<String> out) {
        for (int from = start; from < end; from++) {
            for (int size = MIN_WINDOW; size <= MAX_WINDOW && from + size <= end; size++) {
                out.add(new String(codePoints, from, size));
            }
        }
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
