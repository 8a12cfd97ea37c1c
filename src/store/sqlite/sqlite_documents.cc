// Documents of cases and the stored files they point at.
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

constexpr const char* kDocumentColumns =
    "d.id, d.case_id, d.name, d.title, d.declared_type, d.name_mismatch, d.exhibit_id, d.interview_id, "
    "d.uploaded_by, d.uploaded_at, f.sha256, f.size, f.media_type, f.text_status, f.text_chars, f.stored_at";

StoredFile ReadFile(Stmt& s, int from) {
  StoredFile f;
  f.sha256 = s.Text(from);
  f.size = static_cast<uint64_t>(s.Int(from + 1));
  f.media_type = s.Text(from + 2);
  f.text_status = s.Text(from + 3);
  f.text_chars = s.Int(from + 4);
  f.stored_at = s.Int(from + 5);
  return f;
}

Document ReadDocument(Stmt& s) {
  Document d;
  d.id = s.Text(0);
  d.case_id = s.Text(1);
  d.name = s.Text(2);
  d.title = s.Text(3);
  d.declared_type = s.Text(4);
  d.name_mismatch = s.Int(5) != 0;
  d.exhibit_id = s.Text(6);
  d.interview_id = s.Text(7);
  d.uploaded_by = s.Text(8);
  d.uploaded_at = s.Int(9);
  d.file = ReadFile(s, 10);
  return d;
}

}  // namespace

Result<Document> SqliteConnection::GetDocument(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kDocumentColumns +
                 " FROM documents d JOIN stored_files f ON f.sha256 = d.sha256 WHERE d.id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("document"));
  return ReadDocument(*s);
}

Result<std::vector<Document>> SqliteConnection::ListDocuments(const std::string& case_id) {
  PREPARE(s, std::string("SELECT ") + kDocumentColumns +
                 " FROM documents d JOIN stored_files f ON f.sha256 = d.sha256 WHERE d.case_id = ? "
                 "ORDER BY d.uploaded_at DESC, d.id");
  s->Bind(1, case_id);
  std::vector<Document> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(ReadDocument(*s));
  }
  return out;
}

Result<std::optional<StoredFile>> SqliteConnection::GetStoredFile(const std::string& sha256) {
  PREPARE(s, "SELECT sha256, size, media_type, text_status, text_chars, stored_at FROM stored_files WHERE sha256 = ?");
  s->Bind(1, sha256);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<StoredFile>();
  return std::optional<StoredFile>(ReadFile(*s, 0));
}

Result<std::string> SqliteConnection::StoredFileText(const std::string& sha256) {
  PREPARE(s, "SELECT text FROM stored_file_text WHERE sha256 = ?");
  s->Bind(1, sha256);
  STEP_OR_RETURN(s, row);
  return *row ? s->Text(0) : std::string();
}

Result<std::vector<StoredFile>> SqliteConnection::ListStoredFiles() {
  PREPARE(s, "SELECT sha256, size, media_type, text_status, text_chars, stored_at FROM stored_files ORDER BY sha256");
  std::vector<StoredFile> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(ReadFile(*s, 0));
  }
  return out;
}

Status SqliteConnection::PutStoredFile(const StoredFile& f, const std::string& text) {
  {
    PREPARE(s, "INSERT INTO stored_files(sha256, size, media_type, text_status, text_chars, stored_at) "
               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, f.sha256)
                                .Bind(2, static_cast<int64_t>(f.size))
                                .Bind(3, f.media_type)
                                .Bind(4, f.text_status)
                                .Bind(5, f.text_chars)
                                .Bind(6, f.stored_at)
                                .Run());
    if (db_->Changes() == 0) return Ok();
  }
  if (text.empty()) return Ok();
  PREPARE(s, "INSERT INTO stored_file_text(sha256, text) VALUES (?, ?)");
  return s->Bind(1, f.sha256).Bind(2, text).Run();
}

Status SqliteConnection::InsertDocument(const Document& d) {
  MarkForIndex("document", d.id);
  PREPARE(s, "INSERT INTO documents(id, case_id, sha256, name, title, declared_type, name_mismatch, exhibit_id, "
             "interview_id, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, d.id)
      .Bind(2, d.case_id)
      .Bind(3, d.file.sha256)
      .Bind(4, d.name)
      .Bind(5, d.title)
      .Bind(6, d.declared_type)
      .Bind(7, d.name_mismatch)
      .Bind(8, d.exhibit_id)
      .Bind(9, d.interview_id)
      .Bind(10, d.uploaded_by)
      .Bind(11, d.uploaded_at)
      .Run();
}

}  // namespace ariadne::sqlite
