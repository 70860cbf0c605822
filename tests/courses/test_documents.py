"""A lesson's downloads are served whole and as they are: Wagtail's document view, from files on
disk as in production, sends no "Content-Encoding: None" (wagtail.utils.sendfile writes the
encoding that mimetypes guessed, None for an ordinary file, into the header)."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

CHECKLIST = "Sjekkliste for medlemsmøtet – Bergen og Kárášjohka\n".encode()


def test_a_document_is_served_without_a_content_encoding(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    document = get_document_model()(title="Sjekkliste")
    document.file.save("sjekkliste-møte.txt", ContentFile(CHECKLIST), save=False)
    document.save()
    assert document.file.path.startswith(str(tmp_path))  # served by sendfile, as in production
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CHECKLIST
    assert response["Content-Type"] == "text/plain"
    assert "Content-Encoding" not in response, response["Content-Encoding"]


def test_the_demos_download_has_its_hash_for_an_etag(demo_in_transaction):
    document = get_document_model().objects.get(title="Sjekkliste for medlemsmøtet")
    assert len(document.file_hash) == 40 and document.file_size
