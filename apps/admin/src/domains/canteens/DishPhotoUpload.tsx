import { PlusOutlined } from '@ant-design/icons';
import { acceptedUploadTypes } from '@houqin/contracts';
import { App, Upload, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { useUploadDishPhoto } from './api';
import type { PhotoItem } from './menu-form';

const IMAGE_TYPES = acceptedUploadTypes.filter((type) => type.startsWith('image/')).join(',');

/** One photo per dish, uploaded at once (POST /api/files); Form.Item passes fileList/onChange. */
export function DishPhotoUpload({
  fileList,
  onChange,
  dishLabel,
}: {
  fileList?: PhotoItem[];
  onChange?: (fileList: PhotoItem[]) => void;
  dishLabel: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadDishPhoto();
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    upload.mutate(file as File, {
      onSuccess: (result) => onSuccess?.(result.files[0]),
      onError: (error) => {
        void message.error(parseApiError(error));
        onError?.(error as Error);
      },
    });
  };
  const list = fileList ?? [];
  return (
    <Upload
      listType="picture-card"
      accept={IMAGE_TYPES}
      maxCount={1}
      fileList={list}
      customRequest={customRequest}
      onChange={({ fileList: next }) => onChange?.(next as PhotoItem[])}
    >
      {list.length >= 1 ? null : (
        <button
          type="button"
          aria-label={t('canteens.menus.uploadPhotoFor', { dish: dishLabel })}
          style={{ border: 0, background: 'none', cursor: 'pointer' }}
        >
          <PlusOutlined aria-hidden />
          <div style={{ marginTop: 4, fontSize: 12 }}>{t('canteens.menus.uploadPhoto')}</div>
        </button>
      )}
    </Upload>
  );
}
