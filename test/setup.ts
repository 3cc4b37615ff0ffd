// office-addin-manifest pulls in a telemetry client; keep it quiet and offline in tests.
process.env.APPLICATION_INSIGHTS_NO_STATSBEAT = "1";
process.env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = "true";
