// The enrolment QR code (F7 item 3): the authenticator app scans the otpauth:// address instead of typing the
// secret. Loaded lazily from the second-factor page so the public pages' first load does not carry it (F6 item 5).
// Drawn as a data: image, which the Content-Security-Policy allows (img-src 'self' data:), so no markup is injected.
import qrcode from 'qrcode-generator';

export default function OtpauthQr({ uri }: { uri: string }) {
  const code = qrcode(0, 'M');
  code.addData(uri);
  code.make();
  return <img src={code.createDataURL(4, 4)} alt="身份验证器绑定二维码" width={200} height={200} style={{ imageRendering: 'pixelated', display: 'block', margin: '8px 0' }} />;
}
