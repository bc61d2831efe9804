/** The media type of every Word document the platform writes (application forms, notices). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
