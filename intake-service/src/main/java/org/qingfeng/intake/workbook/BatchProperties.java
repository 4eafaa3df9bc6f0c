package org.qingfeng.intake.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the monthly batch of items, under {@code intake.batch.*}.
 *
 * @param maxFileSize the largest .xlsx a batch import reads
 * @param maxRows the most items one file may hold: they are checked, sent and acknowledged together
 */
@ConfigurationProperties("intake.batch")
public record BatchProperties(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("500") int maxRows) {}
