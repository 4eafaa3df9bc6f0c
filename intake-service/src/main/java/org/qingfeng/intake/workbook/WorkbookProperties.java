package org.qingfeng.intake.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the registry workbook, under {@code intake.workbook.*}.
 *
 * @param maxFileSize the largest .xlsx an import reads
 * @param maxRows the most data rows a sheet may have
 * @param publishBatch how many nodes or informants one wait for the broker covers
 */
@ConfigurationProperties("intake.workbook")
public record WorkbookProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("20000") int maxRows,
        @DefaultValue("500") int publishBatch) {}
