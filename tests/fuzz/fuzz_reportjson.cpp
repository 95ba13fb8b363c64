// libFuzzer target: a saved JSON report, as a helpdesk opens one a user
// sent (--open, Open a saved report).

#include "fuzzinput.h"
#include "report/reportjsonreader.h"
#include "report/reportjsonwriter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Report report;
    QString error;
    if (ReportJsonReader::read(FuzzInput::bytes(data, size), &report, &error))
        (void)ReportJsonWriter::toJson(report); // shown and saved again
    return 0;
}
