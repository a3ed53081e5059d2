package se.rattighetsnavet.agreements.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.rattighetsnavet.agreements.internal.AgreementFiles;
import se.rattighetsnavet.agreements.internal.Views;
import se.rattighetsnavet.platform.FieldErrors;

/** The agreements' own documents over the API; downloads are public, the pages link to them. */
@RestController
class AgreementFileController {

	private final AgreementFiles files;

	AgreementFileController(AgreementFiles files) {
		this.files = files;
	}

	@PostMapping(path = "/api/v1/agreements/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AgreementFiles.FileInfo add(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			new FieldErrors().add("file", "agreements.document.empty").throwIfAny();
		}
		return files.add(id, title, file.getOriginalFilename(), file.getContentType(), file.getBytes());
	}

	@GetMapping({ "/api/v1/agreements/{id}/files/{fileId}", "/avtal/{id}/dokument/{fileId}" })
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
		AgreementFiles.StoredFile file = files.find(id, fileId);
		AgreementFiles.FileInfo info = file.info();
		return AgreementApiController.DocumentResponses.of(new Views.StoredDocument(new Views.DocumentInfo(info.id(), 0, 1,
				info.filename(), info.contentType(), info.size(), info.sha256(), "", info.uploadedAt()), file.content()));
	}
}
