package org.qingfeng.disposal.warning;

import org.qingfeng.contracts.disposal.WarningColour;

/** The four-colour ladder (四色预警) in words: each colour's label and its disposal measure. */
final class Ladder {

    private Ladder() {}

    static String label(WarningColour colour) {
        return switch (colour) {
            case BLUE -> "蓝色预警 / Blue";
            case YELLOW -> "黄色预警 / Yellow";
            case ORANGE -> "橙色预警 / Orange";
            case RED -> "红色预警 / Red";
        };
    }

    static String measure(WarningColour colour) {
        return switch (colour) {
            case BLUE -> "情况说明通知书 / Written explanation";
            case YELLOW -> "警示谈话 / Warning talk";
            case ORANGE -> "廉政预警通知书，限期整改 / Integrity warning with a deadline";
            case RED -> "立案调查 / Case filed for investigation";
        };
    }
}
