// `chronicle annotate`: options -> chronicle::annotate_corpus; prints reports,
// progress and the summary. See docs/cli.md.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>

#include "chronicle/annotate.h"
#include "chronicle/pipeline.h"
#include "chronicle/progress.h"
#include "chronicle/shard.h"
#include "byte_size.h"
#include "commands.h"

namespace chronicle::cli {

namespace {

struct AnnotateArgs {
  std::vector<std::string> inputs;
  std::string date;
  std::string tz;
  std::string format;  // empty: from the output name
  std::string output;
  unsigned threads = 1;
  std::string stages;
  bool tokens = false;
  bool text = false;
  bool quiet = false;
  std::string max_doc_bytes = "64M";
  std::string input_format = "auto";
  std::string models_dir;
  std::string data_dir;
  std::vector<std::string> actor_files, agent_files, verb_files, discard_files;
  bool no_default_dictionaries = false;
  bool petrarch_conventions = false;
  std::string shard;
  bool resume = false;
};

bool ends_with_db(const std::string& path) {
  return path.size() > 3 && path.compare(path.size() - 3, 3, ".db") == 0;
}

// Columns of the terminal on stderr, 80 when unknown.
unsigned terminal_width() {
  winsize ws{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 80;
}

int usage_error(const std::string& message) {
  std::cerr << "error: " << message << "\n(run 'chronicle annotate --help' for usage)\n";
  return 2;
}

void print_report(const AnnotateReport& r, bool quiet) {
  if (!r.failure && quiet) return;
  const std::string& msg = r.note.message;
  std::string line = r.failure ? "error: " : "warning: ";
  // Failure messages already start with the input and place.
  if (!r.where.empty() && msg.rfind(r.where, 0) != 0) line += r.where + ": ";
  line += msg;
  if (!r.failure) line += " [" + r.note.code + "]";
  line += '\n';
  std::fputs(line.c_str(), stderr);
}

int run_annotate(const AnnotateArgs& args) {
  AnnotateOptions options;
  options.inputs = args.inputs;
  options.stdin_file = stdin;
  options.date = args.date;
  options.timezone = args.tz;
  options.tokens = args.tokens;
  options.text = args.text;
  options.threads = args.threads;

  // A .db output means sqlite unless --format says otherwise.
  const bool format_given = !args.format.empty();
  auto format = parse_output_format(format_given ? args.format : ends_with_db(args.output) ? "sqlite" : "jsonl");
  if (!format.ok()) return usage_error(format.status().message());
  options.format = *format;
  if (options.format == OutputFormat::kSqlite) options.output = args.output;
  options.resume = args.resume;
  if (!args.shard.empty()) {
    auto shard = parse_shard(args.shard);
    if (!shard.ok()) return usage_error(shard.status().message());
    options.shard_index = shard->index;
    options.shard_count = shard->count;
  }
  auto input_format = parse_input_format(args.input_format);
  if (!input_format.ok()) return usage_error(input_format.status().message());
  options.stdin_format = *input_format;
  if (!parse_byte_size(args.max_doc_bytes, options.max_doc_bytes)) {
    return usage_error("--max-doc-bytes must be a byte count such as 1000000 or 64M, got '" + args.max_doc_bytes + "'");
  }

  PipelineOptions pipeline_options;
  pipeline_options.models_dir = args.models_dir;
  pipeline_options.data_dir = args.data_dir;
  pipeline_options.actor_files = args.actor_files;
  pipeline_options.agent_files = args.agent_files;
  pipeline_options.verb_files = args.verb_files;
  pipeline_options.discard_files = args.discard_files;
  pipeline_options.no_default_dictionaries = args.no_default_dictionaries;
  pipeline_options.petrarch_conventions = args.petrarch_conventions;
  if (!args.stages.empty()) {
    auto stages = parse_stage_list(args.stages);
    if (!stages.ok()) return usage_error(stages.status().message());
    pipeline_options.stages = *stages;
    // CoNLL-U is written per sentence, so it pulls in segmentation.
    if (options.format == OutputFormat::kConllu) pipeline_options.stages.push_back(Stage::kSegment);
    if (options.format == OutputFormat::kTimeml) pipeline_options.stages.push_back(Stage::kTime);
  }
  auto pipeline = Pipeline::load(pipeline_options);
  if (!pipeline.ok()) return usage_error(pipeline.status().to_string());
  if (!args.quiet) {
    for (const Status& w : (*pipeline)->warnings()) std::fprintf(stderr, "warning: %s\n", w.to_string().c_str());
  }

  const Status check = check_annotate_options(**pipeline, options);
  if (!check.ok()) return usage_error(check.to_string());

  std::FILE* out = stdout;
  if (options.format != OutputFormat::kSqlite && !args.output.empty() && args.output != "-") {
    out = std::fopen(args.output.c_str(), "wb");
    if (!out) return usage_error("cannot open " + args.output + " for writing: " + std::strerror(errno));
  }
  static char buffer[1 << 20];
  std::setvbuf(out, buffer, _IOFBF, sizeof buffer);
  const std::string out_name = out == stdout ? std::string("<stdout>") : args.output;

  const bool show_progress = !args.quiet && isatty(STDERR_FILENO);
  AnnotateSinks sinks;
  sinks.write = [&](std::string_view s) -> Status {
    if (std::fwrite(s.data(), 1, s.size(), out) != s.size()) {
      return Status(StatusCode::kIoError, std::string("write failed: ") + std::strerror(errno), out_name);
    }
    return Status::ok_status();
  };
  sinks.report = [&](const AnnotateReport& r) {
    if (show_progress) std::fputs("\r\033[K", stderr);
    print_report(r, args.quiet);
  };
  if (show_progress) {
    const unsigned width = terminal_width() - 1;
    sinks.progress = [width](const AnnotateStats& s) {
      std::fprintf(stderr, "\r\033[K%s", progress_line(s, width).c_str());
      std::fflush(stderr);
    };
  }

  auto stats = annotate_corpus(**pipeline, options, sinks);
  if (show_progress) std::fputs("\r\033[K", stderr);
  bool write_failed = !stats.ok();
  if (std::fflush(out) != 0 || (out != stdout && std::fclose(out) != 0)) {
    if (stats.ok()) std::cerr << "error: " << out_name << ": write failed: " << std::strerror(errno) << "\n";
    write_failed = true;
  }
  if (!stats.ok()) {
    std::cerr << "error: " << stats.status().to_string() << "\n";
    // Refusals before anything is written (a database that needs --resume, or
    // another input than the one it was made from) are usage errors.
    const StatusCode code = stats.status().code();
    return code == StatusCode::kInvalidArgument || code == StatusCode::kUnsupported ? 2 : 1;
  }
  if (!args.quiet) std::fprintf(stderr, "%s\n", summary_line(*stats).c_str());
  return (write_failed || stats->failed > 0) ? 1 : 0;
}

}  // namespace

void add_annotate_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<AnnotateArgs>();
  CLI::App* sub = app.add_subcommand("annotate", "Annotate news articles: txt, jsonl, directories or - (stdin)");
  sub->add_option("inputs", args->inputs, "Files (.txt, .jsonl), directories (recursive) or - for stdin");
  sub->add_option("--date", args->date, "Document date yyyy-mm-dd when the input gives none");
  sub->add_option("--tz", args->tz, "IANA time zone when the input gives none");
  sub->add_option("--format", args->format,
                  "Output format: jsonl (default), json (pretty), conllu, gdelt-events, gkg, timeml (inline TIMEX3), "
                  "sqlite (default when -o ends in .db)");
  sub->add_option("-o,--output", args->output, "Output file (default: stdout); sqlite needs one");
  sub->add_option("--shard", args->shard, "Annotate only shard I of N (0 <= I < N), split by document id hash");
  sub->add_flag("--resume", args->resume, "sqlite: skip the documents the database already holds and go on");
  sub->add_option("-j,--threads", args->threads, "Worker threads (default 1); output order never changes");
  sub->add_option("--stages", args->stages, "Stages to run, e.g. tokenize,segment (default: all available)");
  sub->add_flag("--tokens", args->tokens, "Write the tokens layer");
  sub->add_flag("--text", args->text, "Write the document text");
  sub->add_flag("-q,--quiet", args->quiet, "No warnings, progress or summary on stderr (errors still)");
  sub->add_option("--max-doc-bytes", args->max_doc_bytes,
                  "Larger documents become error records (default 64M; K/M/G suffixes)");
  sub->add_option("--input-format", args->input_format, "How to read stdin: auto (default), txt, jsonl");
  sub->add_option("--models", args->models_dir,
                  "Directory holding en-ewt-tagger.chm and en-ewt-parser.chm (default: the shipped models)");
  sub->add_option("--actors", args->actor_files, "Extra PETRARCH2-format actor dictionary (repeatable)");
  sub->add_option("--agents", args->agent_files, "Extra agent dictionary (repeatable)");
  sub->add_option("--verbs", args->verb_files, "Extra CAMEO verb dictionary (repeatable)");
  sub->add_option("--discards", args->discard_files, "Extra discard list (repeatable)");
  sub->add_flag("--no-default-dictionaries", args->no_default_dictionaries,
                "Use only the dictionaries given with --actors/--agents/--verbs/--discards");
  sub->add_option("--data", args->data_dir, "Directory holding the compiled dictionaries and gazetteer (default: data/)");
  sub->add_flag("--petrarch-conventions", args->petrarch_conventions,
                "Code events as PETRARCH2 writes them (anonymous agents such as ---GOV; a verb's first actor as "
                "its target), as its validation suite expects: for PETRARCH users comparing outputs, not for news");
  runners.emplace_back(sub, [args] { return run_annotate(*args); });
}

}  // namespace chronicle::cli
